"""The command line: parse options, call one library function, print the result.

Errors are turned into messages and exit codes here and only here: a FactcheckError becomes one
line on stderr and exit 2 (``FACTCHECK_DEBUG=1`` shows the traceback instead); Ctrl-C exits 130,
SIGTERM 143, both after a write has removed its half-written files.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError, Terminated
from factcheck.models import Verdict

if TYPE_CHECKING:
    from factcheck.config import Config

FAIL_ON = ("contradicted", "unverified", "never")


def _debug() -> bool:
    return os.environ.get("FACTCHECK_DEBUG", "") not in ("", "0")


class UserError(click.ClickException):
    exit_code = 2

    def show(self, file: Any = None) -> None:
        # one line, even when an underlying message (faiss, sqlite) spans several
        click.echo(f"factcheck: error: {' '.join(self.format_message().splitlines())}", err=True)


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
        except Terminated:
            click.echo("factcheck: terminated", err=True)
            raise click.exceptions.Exit(128 + signal.SIGTERM) from None
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


def _note_stale_parses(index: Any) -> None:
    """One line when the index holds no passage parses this factcheck reads (written by another
    version, or before parses were stored): the verdicts are the same, the check slower."""
    if not index.parses_current:
        _notify(f"{index.path} stores no passage parses this version can read, so passages are parsed "
                f"while checking (same verdicts, slower); `factcheck index CORPUS --index {index.path}` "
                "stores them")


def _read_input(path: str, *, what: str, encoding: str = "utf-8") -> tuple[str, str]:
    """Text and display name of a file argument, ``-`` meaning stdin."""
    from factcheck.corpus import decode_text, read_text

    if path == "-":
        return decode_text(sys.stdin.buffer.read(), "<stdin>", encoding=encoding, what=what), "<stdin>"
    return read_text(Path(path), encoding=encoding, what=what), path


index_option = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), envvar="FACTCHECK_INDEX",
    default=None, show_envvar=True,
    help="Index folder [default: 'index' of factcheck.toml, else .factcheck/index].",
)
encoding_option = click.option(
    "--encoding", default="utf-8", show_default=True, metavar="CODEC",
    help="Encoding of the input text files, e.g. cp1252 or latin-1 (output is always UTF-8).",
)
jobs_option = click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None,
    help="Processes that align and decide the claims, from 16 claims on [default: one per CPU]; 1: this process only.",
)
set_option = click.option(
    "--set", "assignments", multiple=True, metavar="KEY=VALUE",
    help="Override one setting of factcheck.toml for this run (repeatable), e.g. --set top_k=8.",
)


def _load_config(ctx: click.Context, *, index_dir: Path | None = None, assignments: Sequence[str] = (),
                 **options: Any) -> Config:
    """The effective configuration: options given here win over factcheck.toml, which wins over defaults."""
    from click.core import ParameterSource

    from factcheck.config import load_config, parse_assignment

    given: dict[str, Any] = dict(parse_assignment(a) for a in assignments)
    given.update({k: v for k, v in options.items() if v is not None})
    environment: dict[str, Any] = {}
    if index_dir is not None:
        from_env = ctx.get_parameter_source("index_dir") == ParameterSource.ENVIRONMENT
        (environment if from_env else given)["index"] = index_dir
    return load_config(given, environment=environment)


def _model_option(config: Config) -> str | None:
    """The model to insist on when opening an index: only one the user chose (file or option)."""
    return config.settings.model if config.is_set("model") else None


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
@click.option("--wait", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="When another factcheck process is writing the index, wait at most this long, then exit 2 "
              "[default: wait until it is done].")
@encoding_option
@set_option
@click.pass_context
def index_cmd(ctx: click.Context, paths: Sequence[Path], index_dir: Path | None, model: str | None, rebuild: bool,
              prune: bool, wait: float | None, encoding: str, assignments: Sequence[str]) -> None:
    """Build or update the index from corpus files and folders (.txt, .md, .jsonl).

    Unchanged documents are skipped by content hash; only new or changed ones are embedded.
    """
    from factcheck.index import update_index

    config = _load_config(ctx, index_dir=index_dir, assignments=assignments, model=model)
    index_dir = config.index
    stats = update_index(list(paths), config.index, model=_model_option(config), settings=config.settings,
                         rebuild=rebuild, prune=prune, progress=_progress_factory(), notify=_notify,
                         encoding=encoding, wait=wait)
    if stats.changed:
        msg = (f"indexed {index_dir}: {stats.added} added, {stats.updated} updated, {stats.removed} removed, "
               f"{stats.unchanged} unchanged; {stats.documents} documents, {stats.passages} passages "
               f"({stats.embedded} embedded, {stats.parsed} parsed in {stats.seconds:.1f}s)")
    elif stats.parsed:
        msg = (f"index {index_dir}: {stats.unchanged} documents unchanged; their {stats.parsed} passages were parsed "
               f"again for this factcheck version in {stats.seconds:.1f}s")
    else:
        msg = f"index {index_dir} is up to date: {stats.unchanged} documents unchanged, {stats.passages} passages"
    if stats.not_given:
        msg += f"; {stats.not_given} indexed documents were not under the given paths (kept; --prune removes them)"
    click.echo(msg, err=True)


@cli.command("search")
@click.argument("query")
@index_option
@click.option("-k", "k", default=5, show_default=True, type=click.IntRange(1, 100), help="Passages to show.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_context
def search_cmd(ctx: click.Context, query: str, index_dir: Path | None, k: int, fmt: str) -> None:
    """Show the passages that retrieval finds for QUERY (dense and BM25, fused)."""
    from factcheck.index import Index
    from factcheck.models import Claim
    from factcheck.retrieve import Retriever

    config = _load_config(ctx, index_dir=index_dir)
    index = Index.open(config.index, model=_model_option(config))
    hits = Retriever(index, config.settings).retrieve(Claim(id="q", text=query), k=k)
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
@encoding_option
def extract_cmd(draft: str, fmt: str, encoding: str) -> None:
    """List the checkable claims of DRAFT (a .md/.txt file, or - for stdin) with their quantities."""
    from factcheck.extract import extract_claims

    text, name = _read_input(draft, what="draft", encoding=encoding)
    claims = extract_claims(text, source=name)
    if not claims:
        _notify(f"{name}: no checkable claims found" if text.strip() else f"{name}: empty draft, nothing to extract")
    records: list[dict[str, Any]] = []
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


DRAFT_SUFFIXES = (".md", ".markdown", ".txt")
REPORT_SUFFIX = {"md": ".report.md", "annotated": ".annotated.md", "json": ".json", "jsonl": ".jsonl",
                 "claimreview": ".claimreview.json"}


def _expand_drafts(args: Sequence[str], *, skip: Path | None = None) -> tuple[list[str], list[str]]:
    """Drafts named or found in folders (recursively, .md/.txt, hidden ones and the ``skip``
    folder — the reports' — left out), and the errors of folders that hold none. Files are kept
    as given: reading them reports their errors."""
    drafts: list[str] = []
    errors: list[str] = []
    skip_real = os.path.realpath(skip) if skip is not None else None
    for arg in args:
        if arg != "-" and Path(arg).suffix.lower() == ".jsonl" and not Path(arg).is_dir():
            errors.append(f"{arg}: a claims file, not a draft; pass it with --claims {arg}")
            continue
        if arg == "-" or not Path(arg).is_dir():
            drafts.append(arg)
            continue
        found = []
        for dirpath, dirnames, filenames in os.walk(arg):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and os.path.realpath(os.path.join(dirpath, d)) != skip_real)
            found += [os.path.join(dirpath, f) for f in sorted(filenames)
                      if not f.startswith(".") and Path(f).suffix.lower() in DRAFT_SUFFIXES]
        if not found:
            errors.append(f"{arg}: no .md or .txt drafts in this folder")
        drafts += found
    return drafts, errors


def _report_names(sources: Sequence[str], fmt: str) -> list[str]:
    """A file name under --output DIR for each report: the draft's path below the current folder
    (or its name), with the format's suffix; clashes get -2, -3…"""
    cwd = Path.cwd().resolve()
    names: list[str] = []
    for source in sources:
        if source == "<stdin>":
            rel = Path("stdin")
        else:
            try:
                rel = Path(source).resolve().relative_to(cwd)
            except ValueError:
                rel = Path(Path(source).name)
        stem = rel.with_suffix("") if rel.suffix.lower() in (*DRAFT_SUFFIXES, ".jsonl") else rel
        name, n = f"{stem.as_posix()}{REPORT_SUFFIX[fmt]}", 1
        while name in names or name in ("summary.md", "summary.json"):
            n += 1
            name = f"{stem.as_posix()}-{n}{REPORT_SUFFIX[fmt]}"
        names.append(name)
    return names


def _draft_progress(total: int) -> Any:
    """A tqdm bar over drafts on stderr when it is a terminal and there is more than one draft."""
    if total < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="checking", unit="draft", file=sys.stderr, leave=False)


@cli.command("check")
@click.argument("drafts", nargs=-1)
@click.option("--claims", "claims_file", type=click.Path(path_type=Path), help="JSONL claims file ({\"claim\": ..., \"id\": ...} a line).")
@index_option
@click.option("--format", "fmt", type=click.Choice(["md", "json", "jsonl", "annotated", "claimreview"]), default="md",
              show_default=True, help="md: evidence report; annotated: the draft with footnotes; claimreview: "
              "schema.org ClaimReview JSON-LD.")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="Write the report to this file; with several drafts or a folder (or an existing folder or a "
              "path ending in /), one report a draft plus summary.md/summary.json in this folder.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when some claim's verdict is at or beyond this level [default: 'fail_on' of "
              "factcheck.toml, else contradicted].")
@click.option("--author", default=None, help="ClaimReview author (organisation) [default: 'author' of factcheck.toml].")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", help="ClaimReview datePublished [default: today].")
@click.option("--no-verifier", is_flag=True, help="Decide by the alignment rules alone.")
@jobs_option
@encoding_option
@set_option
@click.pass_context
def check_cmd(ctx: click.Context, drafts: Sequence[str], claims_file: Path | None, index_dir: Path | None, fmt: str,
              output: Path | None, fail_on: str | None, author: str | None, date: str | None, no_verifier: bool,
              jobs: int | None, encoding: str, assignments: Sequence[str]) -> None:
    """Check the claims of DRAFTS (.md/.txt files, folders of them, or - for stdin) or of a --claims file.

    A draft that cannot be read is reported on stderr and the others are still checked; the run
    then exits 2. Otherwise the exit code is the gate's: 1 when a claim is at or beyond --fail-on.
    """
    import datetime as dt

    from factcheck.index import Index
    from factcheck.models import Report
    from factcheck.pipeline import check_claims, check_text, load_verifier, read_claims_file, report_config
    from factcheck.report import gate_passed

    if not drafts and claims_file is None:
        raise click.UsageError("give a DRAFT file or folder (or - for stdin) or --claims FILE.jsonl")
    if fmt == "annotated" and claims_file is not None:
        raise click.UsageError("--format annotated annotates drafts; it cannot be used with --claims")
    config = _load_config(ctx, index_dir=index_dir, assignments=assignments, fail_on=fail_on, author=author,
                          date=date, use_verifier=False if no_verifier else None)
    settings, gate = config.settings, config.gate
    paths, errors = _expand_drafts(drafts, skip=output)
    for message in errors:
        _error(message)
    claims_input = read_claims_file(claims_file, encoding=encoding) if claims_file else None
    to_dir = output is not None and (output.is_dir() or str(output).endswith(("/", os.sep))
                                     or len(paths) + (claims_file is not None) > 1
                                     or any(d != "-" and Path(d).is_dir() for d in drafts))
    if to_dir and output is not None and output.exists() and not output.is_dir():
        raise click.UsageError(f"--output {output}: several reports need a folder, and this is a file")
    index = Index.open(config.index, model=_model_option(config))
    _note_stale_parses(index)
    verifier = load_verifier(settings)
    results: list[tuple[Report, str | None]] = []
    bar = _draft_progress(len(paths))
    for path in paths:
        try:
            text, name = _read_input(path, what="draft", encoding=encoding)
        except InputError as exc:
            errors.append(str(exc))
            _error(str(exc), bar)
        else:
            if not text.strip():
                _notify(f"{name}: empty draft, no claims to check")
            results.append((check_text(text, index, source=name, settings=settings, verifier=verifier, jobs=jobs), text))
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    if claims_input is not None:
        verdicts = check_claims(claims_input[0], index, settings=settings, verifier=verifier, jobs=jobs)
        results.append((Report(source=str(claims_file), verdicts=tuple(verdicts),
                               config=report_config(index, settings, verifier)), None))
    style = {"gate": gate, "author": config.author, "author_url": config.author_url,
             "date": config.date or dt.date.today().isoformat()}
    if to_dir and output is not None:
        _write_batch(results, errors, output, fmt, style)
    else:
        _write_output(_combined(results, errors, fmt, style), output)
    if errors:
        ctx.exit(2)
    ctx.exit(0 if all(gate_passed(r, gate) for r, _ in results) else 1)


def _error(message: str, bar: Any = None) -> None:
    """One line on stderr for an input that could not be used; the run goes on and exits 2."""
    line = f"factcheck: error: {message}"
    if bar is not None:
        bar.write(line, file=sys.stderr)
    else:
        click.echo(line, err=True)


def _combined(results: Sequence[tuple[Any, str | None]], errors: Sequence[str], fmt: str, style: dict[str, Any]) -> str:
    """All reports as one text (stdout or --output FILE); several Markdown reports open with the summary."""
    from factcheck.report import batch_summary, render, render_batch_summary

    if len(results) == 1 and not errors:
        report, draft = results[0]
        return render(report, fmt, draft=draft, **style)
    if fmt == "json":
        body = batch_summary([(r, None) for r, _ in results], style["gate"], errors)
        reports = [json.loads(render(r, "json", gate=style["gate"])) for r, _ in results]
        return json.dumps({"reports": reports, "summary": body["summary"], "errors": body["errors"]},
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "claimreview":
        reviews = [item for r, _ in results for item in json.loads(render(r, fmt, **style))]
        return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
    parts = [render(r, fmt, draft=d, **style) for r, d in results]
    if fmt == "md":
        parts.insert(0, render_batch_summary([(r, None) for r, _ in results], style["gate"], errors))
    return ("\n" if fmt in ("md", "annotated") else "").join(parts)


def _write_batch(results: Sequence[tuple[Any, str | None]], errors: Sequence[str], folder: Path, fmt: str,
                 style: dict[str, Any]) -> None:
    """One report a draft under ``folder`` and the summary beside them (summary.md, or .json)."""
    from factcheck.report import render, render_batch_summary

    names = _report_names([r.source or "claims" for r, _ in results], fmt)
    for (report, draft), name in zip(results, names, strict=True):
        target = folder / name
        _make_dir(target.parent)
        _write_output(render(report, fmt, draft=draft, **style), target)
    _make_dir(folder)
    summary_name = "summary.md" if fmt in ("md", "annotated") else "summary.json"
    entries = [(r, n) for (r, _), n in zip(results, names, strict=True)]
    _write_output(render_batch_summary(entries, style["gate"], errors, fmt=fmt), folder / summary_name)
    _notify(f"wrote {len(results)} report{'s' if len(results) != 1 else ''} and {summary_name} to {folder}")


def _make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create the report folder ({exc.strerror}); choose another --output") from None


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
@jobs_option
@encoding_option
@set_option
@click.pass_context
def eval_cmd(ctx: click.Context, claims_file: Path, index_dir: Path | None, fmt: str, k: int, no_verifier: bool,
             jobs: int | None, encoding: str, assignments: Sequence[str]) -> None:
    """Score verdicts on a labelled claims file (JSONL with 'claim' and 'label'; 'kind' and
    'evidence_ids' optional): accuracy, macro-F1, per-class scores, confusion matrix, recall@k."""
    from factcheck.evaluate import render_eval, score
    from factcheck.index import Index
    from factcheck.pipeline import check_claims, load_verifier, read_claims_file

    config = _load_config(ctx, index_dir=index_dir, assignments=assignments,
                          use_verifier=False if no_verifier else None)
    claims, records = read_claims_file(claims_file, encoding=encoding)
    for n, r in enumerate(records, start=1):
        if r.get("label") not in {v.value for v in Verdict}:
            raise InputError(f"{claims_file}: claim {r.get('id', n)!r} has no valid 'label' (supported, contradicted or unverified)")
    settings = config.settings.model_copy(update={"top_k": max(k, config.settings.top_k)})
    index = Index.open(config.index, model=_model_option(config))
    _note_stale_parses(index)
    verdicts = check_claims(claims, index, settings=settings, verifier=load_verifier(settings), jobs=jobs)
    click.echo(render_eval(score(records, verdicts, k=k), fmt), nl=False)


@cli.command("config")
@index_option
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default="toml", show_default=True)
@set_option
@click.pass_context
def config_cmd(ctx: click.Context, index_dir: Path | None, fmt: str, assignments: Sequence[str]) -> None:
    """Print the effective settings and where each comes from (option, environment, file or default).

    The file is factcheck.toml, or [tool.factcheck] in pyproject.toml, found from the current
    folder upwards (FACTCHECK_CONFIG names one explicitly). The TOML output can be copied into it.
    """
    config = _load_config(ctx, index_dir=index_dir, assignments=assignments)
    rows = config.effective()
    if fmt == "json":
        click.echo(json.dumps({"file": str(config.file) if config.file else None,
                               "settings": {k: {"value": v, "source": src} for k, v, src in rows}},
                              ensure_ascii=False, indent=2))
        return
    click.echo(f"# factcheck configuration file: {config.file}" if config.file else
               "# no factcheck.toml (or [tool.factcheck] in pyproject.toml) here or above: defaults")
    lines = [(f"{k} = {_toml_value(v)}" if v is not None else f"# {k} = (not set)", src) for k, v, src in rows]
    width = max(len(text) for text, _ in lines)
    for text, src in lines:
        click.echo(f"{text.ljust(width)}  # {src}")


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def main(argv: list[str] | None = None) -> NoReturn:
    # SIGTERM ends a run as Ctrl-C does: a write removes its half-written files, exit 143. Only
    # where nobody else has claimed the signal (an application embedding factcheck keeps its own).
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_sigterm)
    if _debug():  # factcheck's own debug messages (not the libraries'), on stderr
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("factcheck: debug: %(message)s"))
        logging.getLogger("factcheck").addHandler(handler)
        logging.getLogger("factcheck").setLevel(logging.DEBUG)
    cli.main(args=argv, prog_name="factcheck")
    raise SystemExit(0)


if __name__ == "__main__":
    main()
