"""Every number that tunes factcheck's behaviour, in one model, with the reason for each value.

Reports print the settings they were made with (the ``## Config`` section), so a verdict can be
traced to the thresholds behind it. Values come from defaults, then ``factcheck.toml`` (or
``[tool.factcheck]`` in ``pyproject.toml``), then command-line options.
"""

from __future__ import annotations

from pydantic import Field

from factcheck.models import Frozen

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Settings(Frozen):
    model: str = Field(
        DEFAULT_MODEL,
        description="Embedding model: the packaged all-MiniLM-L6-v2, or a local sentence-transformers folder.",
    )
    passage_sentences: int = Field(
        3, ge=1, le=20, description="Sentences per passage window: enough context for a fact, short enough to embed well."
    )
    passage_stride: int = Field(
        2, ge=1, le=20, description="Sentences between window starts; overlap keeps facts that span a boundary whole."
    )
    batch_size: int = Field(64, ge=1, description="Encoding batch size; 64 saturates 2 CPU threads for MiniLM.")
    top_k: int = Field(5, ge=1, le=100, description="Passages kept as evidence for each claim.")
    candidates: int = Field(
        30, ge=1, le=1000, description="Candidates taken from each retriever (dense, BM25) before fusion."
    )
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant (60, as in Cormack et al. 2009).")
    min_similarity: float = Field(
        0.35,
        ge=-1.0,
        le=1.0,
        description="Cosine similarity below which a passage is not about the claim's subject.",
    )
    approx_tolerance: float = Field(
        0.10, ge=0.0, le=1.0, description="Relative tolerance of 'about'/'around' hedges (±10%)."
    )
    near_tolerance: float = Field(
        0.10, ge=0.0, le=1.0, description="'nearly'/'almost': value below the figure and within 10% of it."
    )
    exact_tolerance: float = Field(
        0.005,
        ge=0.0,
        le=1.0,
        description="Relative tolerance of unhedged numbers: rounding ('1.991 km' vs '1,991 m') but no real change.",
    )
    flat_index_max: int = Field(
        200_000, ge=0, description="Exact (flat) FAISS search up to this many passages; HNSW above it."
    )
    use_verifier: bool = Field(True, description="Use the learned entailment verifier when its weights are present.")

    def describe(self) -> dict[str, object]:
        """The settings as a plain dict, for the report's Config section."""
        return self.model_dump()
