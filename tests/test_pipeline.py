"""check_claims in worker processes gives exactly the verdicts of the single-process path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.extract import claim_from_text
from factcheck.index import Index, update_index
from factcheck.models import Claim
from factcheck.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory: pytest.TempPathFactory, embedder) -> Index:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("pipeline") / "idx"
    update_index([FIXTURES / "corpus"], path, embedder=embedder)
    return Index.open(path, embedder=embedder)


def _claims(copies: int) -> list[Claim]:
    texts = [json.loads(line)["claim"] for line in (FIXTURES / "claims.jsonl").read_text("utf-8").splitlines() if line]
    return [claim_from_text(t, claim_id=f"c{i}-{n}") for n in range(copies) for i, t in enumerate(texts)]


def _dump(verdicts: list) -> list[str]:  # type: ignore[type-arg]
    return [json.dumps(v.model_dump(mode="json"), sort_keys=True) for v in verdicts]


def test_workers_give_the_same_verdicts_in_the_same_order(fixture_index: Index) -> None:
    claims = _claims(3)
    assert len(claims) >= pipeline.PARALLEL_MIN_CLAIMS
    settings = Settings()
    verifier = pipeline.load_verifier(settings)
    serial = pipeline.check_claims(claims, fixture_index, settings=settings, verifier=verifier, jobs=1)
    parallel = pipeline.check_claims(claims, fixture_index, settings=settings, verifier=verifier, jobs=2)
    assert [v.claim.id for v in parallel] == [c.id for c in claims]
    assert _dump(parallel) == _dump(serial)
    assert {v.verdict for v in serial} != {serial[0].verdict}  # the fixture claims do not all agree


def test_a_verifier_workers_cannot_reload_keeps_the_work_in_process(fixture_index: Index) -> None:
    class Doubting:
        """A stand-in verifier: not a file-backed model, so it cannot be loaded in a worker."""

        calls = 0

        def predict(self, pairs):  # type: ignore[no-untyped-def]
            import numpy as np

            Doubting.calls += 1
            return np.tile(np.array([[0.0, 0.0, 1.0]], dtype=np.float32), (len(pairs), 1))

    claims = _claims(3)
    out = pipeline.check_claims(claims, fixture_index, settings=Settings(), verifier=Doubting(), jobs=2)
    assert len(out) == len(claims)
    assert Doubting.calls > 0  # called here, in this process: a forked worker's calls would not count


def test_default_jobs_is_at_least_one() -> None:
    assert pipeline.default_jobs() >= 1
