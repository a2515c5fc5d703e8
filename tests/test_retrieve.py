"""Retrieval of the facts a claim's relative clause states."""

from __future__ import annotations

import numpy as np
import pytest

from factcheck.extract import claim_from_text
from factcheck.models import Hit
from factcheck.retrieve import Retriever, relative_clause
from factcheck.settings import Settings


@pytest.mark.parametrize(
    ("claim", "clause"),
    [
        ("Telegram, which has been based in Dubai since 2017, said it had a billion users.",
         "Telegram has been based in Dubai since 2017"),
        ("Ines Caldero, who became harbour master in 2019, said cargo rose 4%.",
         "Ines Caldero became harbour master in 2019"),
        ("The mill employed 1,200 workers at its peak.", None),  # no clause
        ("Paris, France, is the capital.", None),  # commas, but no relative clause
        # a long opening is not a subject the clause is about
        ("In the first week of the trial held in the old town hall of Velmora last spring, which was "
         "cold, the judge spoke.", None),
    ],
)
def test_relative_clause(claim: str, clause: str | None) -> None:
    assert relative_clause(claim) == clause


def _hits(passages: list, rows: list[int]) -> list[Hit]:  # type: ignore[type-arg]
    return [Hit(passage=passages[r], score=0.01, similarity=0.5, rank=i + 1) for i, r in enumerate(rows)]


def test_the_clause_passage_joins_the_aligned_ones(mini_index) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(align_candidates=3)  # the fixture index is small
    retriever = Retriever(mini_index, settings)
    passages = mini_index.passages(range(mini_index.size))
    budget = next(i for i, p in enumerate(passages) if "€48 million" in p.text)
    others = [i for i in range(len(passages)) if i != budget]
    assert len(others) > settings.align_candidates
    claim = claim_from_text("Velmora council, which approved a budget of €48 million for 2024, "
                            "is led by Maria Oyelaran.", claim_id="c1")
    vectors = np.zeros((1, mini_index.vectors.d), dtype=np.float32)
    hits = _hits(passages, others[: settings.align_candidates + 1])
    [merged] = retriever.with_clauses([claim], [hits], vectors)
    ids = [h.passage.id for h in merged]
    slots = settings.align_candidates
    assert passages[budget].id in ids[:slots], "the clause's passage is among the aligned ones"
    assert ids[: slots - 1] == [h.passage.id for h in hits[: slots - 1]], "the whole-sentence hits keep their order"
    assert ids[slots] == hits[slots - 1].passage.id, "the one it displaced follows it"
    assert [h.rank for h in merged] == list(range(1, len(merged) + 1))
    # already among the aligned passages: nothing changes
    hits = _hits(passages, [budget, *others[: settings.align_candidates]])
    assert retriever.with_clauses([claim], [hits], vectors) == [hits]
    # a claim without a clause: nothing changes
    plain = claim_from_text("Velmora council is led by Maria Oyelaran.", claim_id="c2")
    assert retriever.with_clauses([plain], [hits[1:]], vectors) == [hits[1:]]
