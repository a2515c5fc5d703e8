"""The whole check, stage by stage: extract claims, retrieve evidence, align and decide, report.

This is the library entry point the CLI wraps: ``check_text`` for a draft, ``check_claims`` for
claims already extracted or read from a claims file.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.align import clause_statements, stored_parses_offered
from factcheck.errors import InputError
from factcheck.extract import claim_from_text, extract_claims
from factcheck.index import Index
from factcheck.models import Claim, ClaimVerdict, Hit, Report, ReportConfig
from factcheck.retrieve import Retriever
from factcheck.settings import Settings
from factcheck.workers import default_jobs, leave_interrupts_to_parent

Timings = MutableMapping[str, float]


@contextmanager
def _stage(timings: Timings | None, name: str) -> Iterator[None]:
    t0 = time.perf_counter()
    try:
        yield
    finally:
        if timings is not None:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0


def load_verifier(settings: Settings) -> Any | None:
    """The learned entailment verifier when enabled and its weights load, else None.

    The verifier is an optional signal: when its files are absent or damaged factcheck decides
    on the alignment rules alone, and the report's Config section says the verifier was off.
    """
    if not settings.use_verifier:
        return None
    try:
        from factcheck.verifier import Verifier, VerifierUnavailableError
    except ImportError:
        return None
    if not Verifier.available():
        return None
    try:
        return Verifier.load()
    except VerifierUnavailableError:
        return None


PARALLEL_MIN_CLAIMS = 16
"""Alignment runs in worker processes only from this many claims: below it, starting them costs
more than it saves (a worker takes ~0.1 s to start; a claim ~20-60 ms to align and decide)."""

_BATCH = 4
"""Claims a worker decides per task: small enough to balance the workers' load."""


# State of an alignment worker process, set once by _worker_start.
_worker_settings: Settings | None = None
_worker_verifier: Any | None = None


def _worker_start(settings_json: str, verifier_path: str | None, verifier_max_len: int | None) -> None:
    global _worker_settings, _worker_verifier
    leave_interrupts_to_parent()
    _worker_settings = Settings.model_validate_json(settings_json)
    if verifier_path is not None:
        from factcheck.verifier import Verifier

        # Its own session with one thread: the workers already use every core between them.
        _worker_verifier = Verifier.load(Path(verifier_path), threads=1, max_len=verifier_max_len)


def _worker_decide(task: tuple[list[tuple[Claim, list[Hit]]], dict[str, bytes]]) -> list[ClaimVerdict]:
    from factcheck.verify import decide

    batch, parses = task
    with stored_parses_offered(parses):
        return [decide(c, h, settings=_worker_settings, verifier=_worker_verifier) for c, h in batch]


def _parses_by_text(pairs: Sequence[tuple[Claim, list[Hit]]], parses: dict[str, bytes]) -> dict[str, bytes]:
    """The stored parses of these claims' passages, by passage text (how alignment looks them up)."""
    return {h.passage.text: parses[h.passage.id] for _, hits in pairs for h in hits if h.passage.id in parses}


def _decide_all(
    claims: Sequence[Claim], hits: Sequence[list[Hit]], settings: Settings, verifier: Any | None, jobs: int,
    parses: dict[str, bytes] | None = None,
) -> list[ClaimVerdict]:
    """decide() for every claim, in order; in ``jobs`` worker processes when that pays.

    ``parses`` are the passages' parses stored in the index (by passage id), read instead of
    parsing the passages again.

    Alignment is pure Python, so on several cores it runs in forked worker processes (threads
    would share one interpreter lock). Each claim is decided on its own, so the verdicts are the
    same whatever the number of workers. A verifier given as an object factcheck cannot reload
    in a worker (a test double, say) keeps the work in this process.
    """
    from factcheck.verify import decide

    verifier_path = getattr(verifier, "path", None) if verifier is not None else None
    parallel = (
        jobs > 1
        and len(claims) >= PARALLEL_MIN_CLAIMS
        and "fork" in multiprocessing.get_all_start_methods()
        and (verifier is None or isinstance(verifier_path, Path))
    )
    parses = parses or {}
    pairs = list(zip(claims, hits, strict=True))
    if not parallel:
        with stored_parses_offered(_parses_by_text(pairs, parses)):
            return [decide(c, h, settings=settings, verifier=verifier) for c, h in pairs]
    batches = [pairs[i : i + _BATCH] for i in range(0, len(pairs), _BATCH)]
    from factcheck.align import warm_up

    warm_up()  # the country names are read once here, not once in each worker
    # fork: the workers start in milliseconds with factcheck already imported; they run no
    # torch or FAISS code, so the parent's thread pools do not matter to them.
    ctx = multiprocessing.get_context("fork")
    workers = min(jobs, len(batches))
    start_args = (
        settings.model_dump_json(),
        str(verifier_path) if verifier_path is not None else None,
        getattr(verifier, "max_len", None),
    )
    with ctx.Pool(workers, initializer=_worker_start, initargs=start_args) as pool:
        out: list[ClaimVerdict] = []
        for chunk in pool.imap(_worker_decide, ((b, _parses_by_text(b, parses)) for b in batches)):
            out.extend(chunk)
        return out


def check_claims(
    claims: Sequence[Claim],
    index: Index,
    *,
    settings: Settings | None = None,
    verifier: Any | None = None,
    timings: Timings | None = None,
    jobs: int | None = None,
) -> list[ClaimVerdict]:
    """Verdicts for ``claims`` in order: retrieve the top-k passages, align, decide.

    ``jobs`` is the number of worker processes that align and decide (default: one per CPU;
    1 keeps everything in this process); they are used from ``PARALLEL_MIN_CLAIMS`` claims.
    """
    settings = settings or Settings()
    retriever = Retriever(index, settings)
    if not claims:
        return []
    queries = [c.search_text for c in claims]
    with _stage(timings, "embed"):
        vectors = index.embedder.encode_queries(queries)
    with _stage(timings, "retrieve"):
        # decide() aligns up to align_candidates passages and keeps top_k of them as evidence
        k = max(settings.top_k, settings.align_candidates)
        hits = retriever.search_vectors(queries, vectors, k=k, clauses=[clause_statements(c.text) for c in claims])
    with _stage(timings, "align+decide"):
        parses = index.stored_parses(h.passage.id for claim_hits in hits for h in claim_hits)
        return _decide_all(claims, hits, settings, verifier, default_jobs() if jobs is None else jobs, parses)


def report_config(index: Index, settings: Settings, verifier: Any | None = None) -> ReportConfig:
    described = settings.describe()
    described["verifier"] = "on" if verifier is not None else "off"
    return ReportConfig(
        version=__version__,
        model=index.model,
        index_path=str(index.path),
        index_checksum=index.checksum,
        settings=described,
    )


def check_text(
    text: str,
    index: Index,
    *,
    source: str | None = None,
    settings: Settings | None = None,
    verifier: Any | None = None,
    timings: Timings | None = None,
    jobs: int | None = None,
) -> Report:
    """Extract the claims of a draft and check each one; the report keeps the draft's name."""
    settings = settings or Settings()
    with _stage(timings, "extract"):
        claims = extract_claims(text, source=source)
    verdicts = check_claims(claims, index, settings=settings, verifier=verifier, timings=timings, jobs=jobs)
    notes = () if claims else ("no checkable claims found in the draft",)
    return Report(source=source, verdicts=tuple(verdicts), config=report_config(index, settings, verifier), notes=notes)


def read_claims_file(path: Path, text: str | None = None, *, encoding: str = "utf-8") -> tuple[list[Claim], list[dict[str, Any]]]:
    """Claims from a JSONL file (``claim`` required, ``id`` optional, other fields carried through).

    Returns the claims and the raw records (for ``eval``, which reads ``label`` and ``kind``).
    Every unusable line is an InputError naming ``path:line``: not JSON, not an object, no
    ``claim`` text, or an ``id`` already used on an earlier line.
    """
    from factcheck.corpus import iter_jsonl_objects, read_text

    if text is None:
        text = read_text(path, encoding=encoding, what="claims file")
    claims: list[Claim] = []
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for lineno, obj in iter_jsonl_objects(path, text, expected="a 'claim' field"):
        claim = obj.get("claim")
        if not isinstance(claim, str) or not claim.strip():
            raise InputError(f"{path}:{lineno}: no 'claim' text; each line needs {{\"claim\": \"...\"}}")
        cid = str(obj["id"]) if obj.get("id") is not None else f"L{lineno}"
        if cid in seen:
            raise InputError(f"{path}:{lineno}: duplicate id {cid!r} (first on line {seen[cid]}); make ids unique")
        seen[cid] = lineno
        extra = {k: v for k, v in obj.items() if k not in ("id", "claim")}
        claims.append(claim_from_text(claim.strip(), claim_id=cid, extra=extra))
        records.append(obj)
    return claims, records
