"""Every number that tunes factcheck's behaviour, in one model, with the reason for each value.

Reports print the settings they were made with (the ``## Config`` section), so a verdict can be
traced to the thresholds behind it. Values come from defaults, then ``factcheck.toml`` (or
``[tool.factcheck]`` in ``pyproject.toml``), then command-line options.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

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
    lexical_seats: int = Field(
        1,
        ge=0,
        le=20,
        description="BM25's first hits always among the passages aligned (beyond top_k) when rank fusion left them "
        "out; 1: SciFact half A 0.518 -> 0.525, news-dev unchanged (docs/evaluation.md).",
    )
    passages_per_document: int = Field(
        1,
        ge=1,
        le=100,
        description="Evidence passages kept from one document: overlapping windows of one source would "
        "otherwise crowd out other sources (SciFact recall@5 0.940 -> 0.963 with 1).",
    )
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
    hnsw_m: int = Field(32, ge=4, le=128, description="HNSW links per vector (above flat_index_max).")
    hnsw_ef_construction: int = Field(80, ge=8, description="HNSW candidate list while building.")
    hnsw_ef_search: int = Field(
        256,
        ge=8,
        description="HNSW candidate list while searching: 96 gave recall@10 0.87 on 100k hard synthetic vectors, "
        "256 gives 0.97 at ~1.5 ms a query (docs/benchmarks.md).",
    )
    vector_encoding: Literal["float32", "sq8"] = Field(
        "float32",
        description="How vectors are stored: float32 (1,536 bytes a passage) or sq8, FAISS 8-bit scalar "
        "quantisation (384 bytes, a quarter), at a small recall cost (docs/benchmarks.md).",
    )
    use_verifier: bool = Field(True, description="Use the learned entailment verifier when its weights are present.")
    as_of: date | None = Field(
        None,
        description="The day (YYYY-MM-DD) a claim's 'N years ago', 'N years old' and 'for N years' are counted "
        "to from the passage's founding or opening date; unset: the day of the run.",
    )
    # --- alignment and decision (factcheck.align, factcheck.verify) ---
    align_candidates: int = Field(
        6,
        ge=1,
        le=100,
        description="Retrieved passages aligned with each claim; facts of a multi-fact claim may sit in different passages. "
        "6 (was 8): the same half-A scores (SciFact 0.467 against 0.462, news-dev unchanged) for a quarter less alignment.",
    )
    bind_min_match: float = Field(
        0.5,
        description="Least binding score (shared words around the numbers + sentence overlap) for an equal value to count as a match.",
    )
    bind_min_mismatch: float = Field(
        2.5,
        description="Least binding score for a different value to count as a clash: only a number about the same measure may contradict.",
    )
    bind_colocated: float = Field(
        1.5,
        ge=0.0,
        description="Binding bonus per other fact of the claim a passage sentence states: facts stated together (a date and the cut made on it) belong together.",
    )
    bind_dominance: float = Field(
        1.5,
        ge=0.0,
        description="An equal value bound this much less tightly than a different one does not match: the better-bound figure is the one the claim is about.",
    )
    swap_min_score: float = Field(
        2.0,
        description="Least slot score (words shared around the name, same head noun) for another name to be a replacement in the same role.",
    )
    object_direction_min_overlap: float = Field(
        0.2,
        ge=0.0,
        le=1.0,
        description="Share of the claim's other words (its named object and direction words aside) a passage "
        "sentence must state before the opposite direction on that name counts as a clash; fitted on half A "
        "(0 / 0.2 / 0.3: SciFact A 0.570 / 0.573 / 0.566, news-dev A 1.000 throughout).",
    )
    polarity_min_overlap: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Share of the claim's words a passage sentence must restate before a negation on one side only counts as a clash.",
    )
    subject_min_coverage: float = Field(
        0.4,
        ge=0.0,
        le=1.0,
        description="Share of the claim's words a passage needs (when no name is shared) to be about the claim's subject at all.",
    )
    subject_lexical_coverage: float = Field(
        0.7,
        ge=0.0,
        le=1.0,
        description="Share of the claim's words with which a passage below min_similarity (a long passage whose one "
        "sentence restates the claim) is still about its subject, when it also names every claimed name.",
    )
    subject_lexical_similarity: float = Field(
        0.15,
        ge=-1.0,
        le=1.0,
        description="Least similarity for that lexical exception. On half A, 0.15 with coverage 0.6, 0.7 or 0.8, "
        "and 0.25 with 0.7, gave the same figures (SciFact +1 claim, news-dev unchanged; docs/evaluation.md).",
    )
    support_min_coverage: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Share of the claim's words the supporting passages must state: matched numbers alone do not make a paraphrase.",
    )
    support_min_coverage_facts: float = Field(
        0.4,
        ge=0.0,
        le=1.0,
        description="Word coverage needed when a number, date or relation of the claim is matched too: the matched fact carries most of the weight.",
    )
    support_min_predicate: float = Field(
        0.6,
        ge=0.0,
        le=1.0,
        description="Share of the claim's words outside its names the passages must state when nothing but wording supports it: the names give the subject, the rest is the statement.",
    )
    conflict_margin: float = Field(
        0.5,
        ge=0.0,
        description="How much more a passage must be about the claim's subject (shared words and names) to outweigh one that says the opposite; closer than this is conflicting evidence.",
    )
    anchor_weight: float = Field(
        0.5,
        ge=0.0,
        description="Weight, when a part is matched in one passage and clashes in another, of each other claim fact (dates count twice) the passage also matches.",
    )
    no_parts_coverage_bonus: float = Field(
        0.1,
        ge=0.0,
        le=1.0,
        description="Extra word coverage a claim with no number, date or name must reach: its words are all the evidence there is.",
    )
    # verifier_top and verifier_sentences were chosen on half A under the speed target (>= 20 claims/s
    # with the verifier at 10,000 passages): 2 windows and 2 sentences scored 0.518 on SciFact A at
    # 19.7-21.8 claims/s, 1 window and 2 sentences 0.515 at 24.3-26.2 (docs/evaluation.md).
    verifier_top: int = Field(
        1, ge=0, le=20, description="Passages the verifier scores per claim (their evidence windows): the cost is linear in it."
    )
    verifier_sentences: int = Field(
        2,
        ge=0,
        le=10,
        description="Sentences the verifier also scores alone: those of the aligned passages (at least min_similarity) "
        "sharing most of the claim's words. A passage counts with its most decisive premise.",
    )
    # The verifier's thresholds were fitted on half A of news-dev and of SciFact together (docs/evaluation.md).
    verifier_entail: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Entailment probability (also above contradiction's) at which the verifier turns an unsure claim into supported.",
    )
    verifier_veto: float = Field(
        0.5, ge=0.0, le=1.0, description="Contradiction probability at which the verifier overrules a support the rules based on wording alone."
    )
    verifier_contradict: float = Field(
        0.9, ge=0.0, le=1.0, description="Contradiction probability at which the verifier turns an unsure claim into contradicted."
    )
    verifier_refutes: bool = Field(
        True,
        description="A support on wording alone that the verifier overrules becomes contradicted (off: unverified).",
    )
    verifier_refute_max_names: int = Field(
        2,
        ge=0,
        le=100,
        description="Most names (people, places, bodies) a claim may give for the verifier to make it contradicted: "
        "relations among names are the rules' to check, and the verifier, which cannot place a name, reads a "
        "name it does not find as a contradiction (fitted on the news batteries and SciFact half A).",
    )
    verifier_unaligned: bool = Field(
        True,
        description="The verifier may also judge a claim none of whose passages the rules found about its subject "
        "(similarity still at least min_similarity, no claimed name missing or replaced).",
    )

    def describe(self) -> dict[str, object]:
        """The settings as a plain dict, for the report's Config section."""
        return self.model_dump()
