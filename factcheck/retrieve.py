"""Hybrid retrieval: dense (FAISS) and lexical (BM25) candidates, fused by reciprocal rank.

Dense search finds paraphrases; BM25 finds rare names and numbers that an embedding blurs.
Reciprocal rank fusion (Cormack et al., 2009) needs no score calibration between the two.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from factcheck.align import clause_statements
from factcheck.index import Index
from factcheck.models import Claim, Hit
from factcheck.settings import Settings


class Retriever:
    """Retrieves the top-k passages of an index for claims, in batches."""

    def __init__(self, index: Index, settings: Settings | None = None) -> None:
        self.index = index
        self.settings = settings or Settings()

    def retrieve(self, claim: Claim, k: int | None = None) -> list[Hit]:
        return self.retrieve_many([claim], k=k)[0]

    def retrieve_many(self, claims: Sequence[Claim], k: int | None = None) -> list[list[Hit]]:
        """Top-k fused hits for each claim, best first; ``k`` defaults to ``settings.top_k``."""
        queries = [c.search_text for c in claims]
        vectors = self.index.embedder.encode_queries(queries) if queries else np.zeros((0, 1), np.float32)
        return self.search_vectors(queries, vectors, k=k, clauses=[clause_statements(c.text) for c in claims])

    def search_vectors(
        self,
        queries: Sequence[str],
        vectors: np.ndarray,
        k: int | None = None,
        clauses: Sequence[Sequence[str]] | None = None,
    ) -> list[list[Hit]]:
        """Top-k fused hits for each query. ``clauses`` (from :func:`clause_statements`) are facts a
        query states in a relative clause: BM25's first hit for each is appended beyond the k."""
        k = k or self.settings.top_k
        if not queries or self.index.size == 0:
            return [[] for _ in queries]
        n_cand = max(self.settings.candidates, k)
        dense_scores, dense_rows = self.index.search_dense(vectors, n_cand)
        lexical = self.index.search_lexical(queries, n_cand)
        clause_rows = self._clause_rows(clauses) if clauses else [[] for _ in queries]
        out: list[list[Hit]] = []
        for qi in range(len(queries)):
            fused: dict[int, float] = {}
            dense = [int(r) for r in dense_rows[qi] if r >= 0]
            for rank, row in enumerate(dense):
                fused[row] = fused.get(row, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
            for rank, (row, _) in enumerate(lexical[qi]):
                fused[row] = fused.get(row, 0.0) + 1.0 / (self.settings.rrf_k + rank + 1)
            ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
            best = self._seat_lexical(self._diversify(ranked, k), [r for r, _ in lexical[qi]], fused, k)
            taken = {r for r, _ in best}
            best += [(r, fused.get(r, 0.0)) for r in dict.fromkeys(clause_rows[qi]) if r not in taken]
            rows = [r for r, _ in best]
            sims = dict(zip((int(r) for r in dense_rows[qi]), (float(s) for s in dense_scores[qi]), strict=True))
            missing = [r for r in rows if r not in sims]
            if missing:
                for r, v in zip(missing, self.index.vectors_of(missing), strict=True):
                    sims[r] = float(v @ vectors[qi])
            passages = self.index.passages(rows)
            out.append(
                [
                    Hit(passage=p, score=round(s, 6), similarity=round(sims[r], 6), rank=i + 1)
                    for i, ((r, s), p) in enumerate(zip(best, passages, strict=True))
                ]
            )
        return out

    def _clause_rows(self, clauses: Sequence[Sequence[str]]) -> list[list[int]]:
        """BM25's first hit for each clause statement of each query."""
        flat = [(qi, text) for qi, texts in enumerate(clauses) for text in texts]
        out: list[list[int]] = [[] for _ in clauses]
        if not flat:
            return out
        for (qi, _), hits in zip(flat, self.index.search_lexical([t for _, t in flat], 1), strict=True):
            out[qi] += [int(r) for r, _ in hits[:1]]
        return out

    def _seat_lexical(
        self, best: list[tuple[int, float]], lexical: list[int], fused: dict[int, float], k: int
    ) -> list[tuple[int, float]]:
        """BM25's first ``lexical_seats`` hits take the last places beyond ``top_k`` (aligned, and
        shown as evidence only if they decide the verdict) when fusion left them out. Rank fusion drops a passage
        that BM25 alone ranks first by a wide margin ("The company has been headquartered in
        Dubai since 2017" under the title "Telegram", with a low dense similarity)."""
        room = k - min(self.settings.top_k, k)
        seats = [r for r in lexical[: self.settings.lexical_seats] if r not in {row for row, _ in best}][:room]
        if not seats:
            return best
        keep = best[: k - len(seats)]  # at least the top_k: len(seats) <= room
        return keep + [(r, fused[r]) for r in seats]

    def _diversify(self, ranked: list[tuple[int, float]], k: int) -> list[tuple[int, float]]:
        """The first ``k`` of ``ranked``: the first ``top_k`` keep at most ``passages_per_document``
        rows of one document (diverse evidence); the rest, for alignment only, follow rank alone,
        so a second passage of a document that holds another fact of the claim is still seen."""
        limit = self.settings.passages_per_document
        distinct = min(self.settings.top_k, k)
        per_doc: dict[str, int] = {}
        kept: list[tuple[int, float]] = []
        skipped: list[tuple[int, float]] = []
        for start in range(0, len(ranked), 4 * k):
            chunk = ranked[start : start + 4 * k]
            for (row, score), passage in zip(chunk, self.index.passages([r for r, _ in chunk]), strict=True):
                if per_doc.get(passage.doc_id, 0) < limit:
                    per_doc[passage.doc_id] = per_doc.get(passage.doc_id, 0) + 1
                    kept.append((row, score))
                else:
                    skipped.append((row, score))
                if len(kept) == distinct:
                    rest = [x for x in ranked if x not in kept]
                    return kept + rest[: k - distinct]
        return (kept + skipped)[:k]
